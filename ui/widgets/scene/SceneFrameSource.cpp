// SPDX-License-Identifier: MIT
#include "scene/SceneFrameSource.h"

#include <QSemaphore>
#include <QThread>
#include <stdexcept>

namespace convlab {

namespace {

constexpr int kPollMs = 20; // how often a waiting worker looks for an interruption

struct Request {
    QImage image;
    QString error;
    QSemaphore done;
};

} // namespace

SceneFrameSource::SceneFrameSource(OffscreenScene* scene, SceneView view)
    : m_shared(std::make_shared<Shared>()), m_frameCount(scene->animationFrameCount(view))
{
    m_shared->scene = scene;
    m_shared->view = view;
}

QImage SceneFrameSource::draw(Shared& shared, int index, const QSize& size, qreal scale)
{
    OffscreenScene* scene = shared.scene.data();
    if (!scene)
        throw std::runtime_error(tr("the view was closed").toStdString());
    QString error;
    if (!scene->showAnimationFrame(shared.view, index, &error))
        throw std::runtime_error(error.toStdString());
    return OffscreenScene::render(scene->drawing(shared.view, size), size, scale);
}

QImage SceneFrameSource::frame(int index, const QSize& size, qreal scale) const
{
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        return draw(*m_shared, index, size, scale);
    auto request = std::make_shared<Request>();
    // Posted to the application object, which outlives any scene: the scene itself may be
    // gone by the time the GUI thread gets to the request.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [shared = m_shared, request, index, size, scale] {
            if (!shared->interrupted) {
                try {
                    request->image = draw(*shared, index, size, scale);
                } catch (const std::exception& problem) {
                    request->error = QString::fromUtf8(problem.what());
                }
            }
            request->done.release();
        },
        Qt::QueuedConnection);
    while (!request->done.tryAcquire(1, kPollMs))
        if (m_shared->interrupted)
            throw std::runtime_error(tr("the export was interrupted").toStdString());
    if (!request->error.isEmpty())
        throw std::runtime_error(request->error.toStdString());
    return request->image;
}

void SceneFrameSource::interrupt() const
{
    m_shared->interrupted = true;
}

} // namespace convlab

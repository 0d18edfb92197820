#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Python PyTorch side of convlab_learn_bench: the lecture's network, one epoch on 4,000
training digits of the same sheet, batch 32, SGD with Nesterov momentum 0.9, lr 0.05 on a
cosine, cross-entropy with label smoothing 0.1. Its split is stratified like ConvLab's (400
per class) but drawn with NumPy, so its held-out accuracies differ slightly; the times do not.

    python3 tests/benchmarks/torch_epoch.py [--threads 1] [--batch 32] [--repetitions 5]
"""
import argparse
import math
import pathlib
import time

import cv2
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

SHEET = pathlib.Path(__file__).resolve().parents[2] / "resources" / "data" / "digits.png"


def digits():
    sheet = cv2.imread(str(SHEET), cv2.IMREAD_GRAYSCALE)
    cells = sheet.reshape(50, 20, 100, 20).transpose(0, 2, 1, 3).reshape(-1, 1, 20, 20)
    labels = np.repeat(np.arange(10), 500)
    return torch.from_numpy(cells.astype(np.float32) / 255), torch.from_numpy(labels)


def split(seed=1):
    rng = np.random.default_rng(seed)
    train, held_out = [], []
    for k in range(10):
        members = np.arange(k * 500, (k + 1) * 500)
        rng.shuffle(members)
        held_out += list(members[:100])
        train += list(members[100:])
    return torch.tensor(sorted(train)), torch.tensor(sorted(held_out))


def network():
    return nn.Sequential(
        nn.Conv2d(1, 8, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * 5 * 5, 10))


def train(x, y, train_idx, epochs, batch, lr=0.05, seed=1, on_epoch=None):
    torch.manual_seed(seed)
    model = network()
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9, nesterov=True)
    images, labels = x[train_idx], y[train_idx]
    batches = math.ceil(len(train_idx) / batch)
    total, step = epochs * batches, 0
    for epoch in range(epochs):
        order = torch.randperm(len(train_idx))
        model.train()
        for b in range(batches):
            for group in opt.param_groups:
                group["lr"] = lr * 0.5 * (1 + math.cos(math.pi * step / total))
            step += 1
            picked = order[b * batch:(b + 1) * batch]
            opt.zero_grad()
            loss = F.cross_entropy(model(images[picked]), labels[picked], label_smoothing=0.1)
            loss.backward()
            opt.step()
        if on_epoch:
            model.eval()
            on_epoch(epoch + 1, model)
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    x, y = digits()
    train_idx, held_idx = split()

    # Wall time and this process's CPU time: on a shared machine the second is the steadier.
    times, cpu = [], []
    for _ in range(args.repetitions):
        start, start_cpu = time.perf_counter(), time.process_time()
        train(x, y, train_idx, epochs=1, batch=args.batch)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"PyTorch {torch.__version__}, {args.threads} thread(s), batch {args.batch}: "
          f"one epoch of 4,000 digits in {1000 * min(times):.0f} ms wall, "
          f"{1000 * min(cpu):.0f} ms CPU (best of {args.repetitions})")

    start, start_cpu = time.perf_counter(), time.process_time()
    reached = []

    def on_epoch(epoch, model):
        with torch.no_grad():
            accuracy = (model(x[held_idx]).argmax(1) == y[held_idx]).float().mean().item()
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - start_cpu
        print(f"  epoch {epoch}: {100 * accuracy:.1f} % held out at {seconds:.1f} s wall, "
              f"{cpu_seconds:.1f} s CPU")
        if accuracy >= 0.97 and not reached:
            reached.append(seconds)

    train(x, y, train_idx, epochs=8, batch=args.batch, on_epoch=on_epoch)
    print(f"time to 97 %: {reached[0]:.1f} s" if reached else "time to 97 %: not reached")


if __name__ == "__main__":
    main()

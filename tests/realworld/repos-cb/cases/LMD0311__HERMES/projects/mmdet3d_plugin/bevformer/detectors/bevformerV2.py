stub: upstream file of 11026 bytes

stub: upstream file of 2570 bytes

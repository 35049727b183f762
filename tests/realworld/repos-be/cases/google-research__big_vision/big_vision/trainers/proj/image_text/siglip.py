stub: upstream file of 22548 bytes

stub: upstream file of 28685 bytes

stub: upstream file of 22437 bytes

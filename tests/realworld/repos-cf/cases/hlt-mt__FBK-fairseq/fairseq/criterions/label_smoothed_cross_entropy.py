stub: upstream file of 6506 bytes

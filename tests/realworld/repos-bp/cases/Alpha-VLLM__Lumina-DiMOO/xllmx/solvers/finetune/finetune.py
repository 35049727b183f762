stub: upstream file of 29026 bytes

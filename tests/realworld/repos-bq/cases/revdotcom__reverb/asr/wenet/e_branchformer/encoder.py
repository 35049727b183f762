stub: upstream file of 14437 bytes

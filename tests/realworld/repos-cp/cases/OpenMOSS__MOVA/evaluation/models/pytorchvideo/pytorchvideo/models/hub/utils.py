stub: upstream file of 1644 bytes

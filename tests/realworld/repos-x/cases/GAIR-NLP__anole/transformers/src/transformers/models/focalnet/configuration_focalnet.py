stub: upstream file of 8026 bytes

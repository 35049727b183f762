stub: upstream file of 6026 bytes

stub: upstream file of 6644 bytes

stub: upstream file of 18644 bytes

stub: upstream file of 13312 bytes

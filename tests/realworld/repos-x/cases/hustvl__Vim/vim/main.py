stub: upstream file of 25720 bytes

stub: upstream file of 3156 bytes

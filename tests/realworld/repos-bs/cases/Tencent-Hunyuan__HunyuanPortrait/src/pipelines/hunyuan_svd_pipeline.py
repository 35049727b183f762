stub: upstream file of 32138 bytes

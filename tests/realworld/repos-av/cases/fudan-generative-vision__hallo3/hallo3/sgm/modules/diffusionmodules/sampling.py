stub: upstream file of 28501 bytes

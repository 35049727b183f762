stub: upstream file of 16568 bytes

stub: upstream file of 26077 bytes

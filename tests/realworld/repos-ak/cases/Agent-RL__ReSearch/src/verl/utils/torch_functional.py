stub: upstream file of 20235 bytes

stub: upstream file of 19830 bytes

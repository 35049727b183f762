stub: upstream file of 17830 bytes

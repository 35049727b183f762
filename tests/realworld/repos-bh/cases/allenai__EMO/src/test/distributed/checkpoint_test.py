stub: upstream file of 15830 bytes

stub: upstream file of 3800 bytes

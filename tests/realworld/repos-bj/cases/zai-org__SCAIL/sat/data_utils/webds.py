stub: upstream file of 13762 bytes

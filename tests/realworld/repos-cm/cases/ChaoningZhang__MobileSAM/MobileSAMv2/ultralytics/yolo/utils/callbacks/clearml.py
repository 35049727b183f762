stub: upstream file of 5902 bytes

stub: upstream file of 2843 bytes

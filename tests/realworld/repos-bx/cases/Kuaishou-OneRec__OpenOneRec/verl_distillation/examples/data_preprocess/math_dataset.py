stub: upstream file of 3855 bytes

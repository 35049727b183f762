stub: upstream file of 3871 bytes

stub: upstream file of 27037 bytes

stub: upstream file of 33855 bytes

stub: upstream file of 11855 bytes

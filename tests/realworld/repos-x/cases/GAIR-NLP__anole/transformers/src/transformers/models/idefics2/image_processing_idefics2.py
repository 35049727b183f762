stub: upstream file of 27422 bytes

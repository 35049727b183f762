stub: upstream file of 13791 bytes

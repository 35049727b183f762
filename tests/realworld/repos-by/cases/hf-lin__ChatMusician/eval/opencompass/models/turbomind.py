stub: upstream file of 5912 bytes

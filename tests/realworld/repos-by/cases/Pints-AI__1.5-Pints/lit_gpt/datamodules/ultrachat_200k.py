stub: upstream file of 5228 bytes

stub: upstream file of 19364 bytes

stub: upstream file of 3735 bytes

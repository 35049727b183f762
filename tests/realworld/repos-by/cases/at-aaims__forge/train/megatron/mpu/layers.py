stub: upstream file of 21325 bytes

stub: upstream file of 5238 bytes

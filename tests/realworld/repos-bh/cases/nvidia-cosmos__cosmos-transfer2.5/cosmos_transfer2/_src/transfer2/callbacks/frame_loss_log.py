stub: upstream file of 5458 bytes

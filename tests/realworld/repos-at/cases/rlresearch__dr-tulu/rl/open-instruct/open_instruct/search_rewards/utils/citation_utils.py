stub: upstream file of 17406 bytes

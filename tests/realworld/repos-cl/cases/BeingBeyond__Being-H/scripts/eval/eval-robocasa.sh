stub: upstream file of 4351 bytes

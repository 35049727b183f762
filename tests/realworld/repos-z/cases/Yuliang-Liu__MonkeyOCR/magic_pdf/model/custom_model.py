stub: upstream file of 13351 bytes

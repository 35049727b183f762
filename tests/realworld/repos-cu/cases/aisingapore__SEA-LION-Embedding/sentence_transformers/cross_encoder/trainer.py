stub: upstream file of 20293 bytes

stub: upstream file of 13498 bytes

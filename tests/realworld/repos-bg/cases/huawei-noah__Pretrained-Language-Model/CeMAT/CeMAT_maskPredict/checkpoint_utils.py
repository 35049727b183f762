stub: upstream file of 28473 bytes

stub: upstream file of 5473 bytes

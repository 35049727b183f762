stub: upstream file of 21736 bytes

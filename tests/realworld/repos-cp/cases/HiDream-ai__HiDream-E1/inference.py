stub: upstream file of 3514 bytes

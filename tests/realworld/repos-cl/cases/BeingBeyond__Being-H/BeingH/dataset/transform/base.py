stub: upstream file of 4639 bytes

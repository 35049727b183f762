stub: upstream file of 12926 bytes

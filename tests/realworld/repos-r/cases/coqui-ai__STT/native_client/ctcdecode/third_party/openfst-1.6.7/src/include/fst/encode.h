stub: upstream file of 17732 bytes

stub: upstream file of 23631 bytes

stub: upstream file of 24395 bytes

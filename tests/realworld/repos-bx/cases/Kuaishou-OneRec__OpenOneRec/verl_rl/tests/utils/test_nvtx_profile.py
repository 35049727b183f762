stub: upstream file of 7229 bytes

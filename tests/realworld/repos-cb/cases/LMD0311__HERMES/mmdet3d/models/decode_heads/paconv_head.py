stub: upstream file of 2229 bytes

stub: upstream file of 22229 bytes

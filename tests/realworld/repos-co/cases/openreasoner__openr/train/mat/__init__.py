stub: upstream file of 229 bytes

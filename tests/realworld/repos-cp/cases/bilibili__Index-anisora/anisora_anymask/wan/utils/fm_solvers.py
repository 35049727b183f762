stub: upstream file of 40229 bytes

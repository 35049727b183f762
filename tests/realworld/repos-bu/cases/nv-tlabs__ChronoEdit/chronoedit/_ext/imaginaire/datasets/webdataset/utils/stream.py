stub: upstream file of 5229 bytes

stub: upstream file of 12229 bytes

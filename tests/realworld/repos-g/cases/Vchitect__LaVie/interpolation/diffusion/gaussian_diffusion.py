stub: upstream file of 41229 bytes

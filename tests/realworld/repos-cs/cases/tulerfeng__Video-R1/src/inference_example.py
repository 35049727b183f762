stub: upstream file of 3229 bytes

stub: upstream file of 13229 bytes

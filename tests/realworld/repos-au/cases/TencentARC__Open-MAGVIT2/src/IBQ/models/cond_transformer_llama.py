stub: upstream file of 10229 bytes

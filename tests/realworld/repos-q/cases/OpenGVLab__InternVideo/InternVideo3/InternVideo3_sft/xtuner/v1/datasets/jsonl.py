stub: upstream file of 23229 bytes

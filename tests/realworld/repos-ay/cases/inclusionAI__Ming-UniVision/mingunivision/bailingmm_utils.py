stub: upstream file of 24229 bytes

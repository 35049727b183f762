stub: upstream file of 13185 bytes

stub: upstream file of 19596 bytes

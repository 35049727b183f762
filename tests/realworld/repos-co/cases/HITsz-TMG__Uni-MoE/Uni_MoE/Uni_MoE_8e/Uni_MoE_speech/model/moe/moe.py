stub: upstream file of 2172 bytes

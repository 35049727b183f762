stub: upstream file of 13256 bytes

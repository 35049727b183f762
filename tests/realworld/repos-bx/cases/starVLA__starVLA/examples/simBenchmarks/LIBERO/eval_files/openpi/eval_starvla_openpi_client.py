stub: upstream file of 15109 bytes

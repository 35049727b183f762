stub: upstream file of 10228 bytes

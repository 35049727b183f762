stub: upstream file of 29262 bytes

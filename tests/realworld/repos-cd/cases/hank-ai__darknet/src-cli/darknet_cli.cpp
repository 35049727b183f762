stub: upstream file of 17209 bytes

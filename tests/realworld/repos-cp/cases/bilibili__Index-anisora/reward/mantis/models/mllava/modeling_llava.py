stub: upstream file of 41282 bytes

stub: upstream file of 7282 bytes

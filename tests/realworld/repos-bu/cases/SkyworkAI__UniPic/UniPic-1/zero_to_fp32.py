stub: upstream file of 33282 bytes

stub: upstream file of 21332 bytes

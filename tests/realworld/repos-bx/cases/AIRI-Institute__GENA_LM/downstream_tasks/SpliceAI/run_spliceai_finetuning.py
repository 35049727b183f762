stub: upstream file of 10339 bytes

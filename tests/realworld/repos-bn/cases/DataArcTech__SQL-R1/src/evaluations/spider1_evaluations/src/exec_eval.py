stub: upstream file of 9262 bytes

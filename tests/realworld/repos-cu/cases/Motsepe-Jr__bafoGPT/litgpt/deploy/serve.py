stub: upstream file of 8204 bytes

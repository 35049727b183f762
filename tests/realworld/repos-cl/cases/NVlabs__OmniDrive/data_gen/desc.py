stub: upstream file of 11258 bytes

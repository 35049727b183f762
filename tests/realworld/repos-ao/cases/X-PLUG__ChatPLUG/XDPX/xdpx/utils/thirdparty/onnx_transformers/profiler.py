stub: upstream file of 24290 bytes

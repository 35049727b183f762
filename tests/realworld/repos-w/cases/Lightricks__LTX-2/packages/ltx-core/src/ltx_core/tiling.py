stub: upstream file of 40109 bytes

stub: upstream file of 18231 bytes

stub: upstream file of 21421 bytes

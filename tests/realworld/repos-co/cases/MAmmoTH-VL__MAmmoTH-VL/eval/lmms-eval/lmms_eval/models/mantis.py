stub: upstream file of 14324 bytes

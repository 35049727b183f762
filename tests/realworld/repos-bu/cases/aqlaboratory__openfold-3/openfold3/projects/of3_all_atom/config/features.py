stub: upstream file of 4214 bytes

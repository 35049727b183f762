stub: upstream file of 22253 bytes

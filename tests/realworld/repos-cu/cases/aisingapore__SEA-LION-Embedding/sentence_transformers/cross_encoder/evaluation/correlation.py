stub: upstream file of 5324 bytes

stub: upstream file of 74045 bytes

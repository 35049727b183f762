stub: upstream file of 24217 bytes

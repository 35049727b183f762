stub: upstream file of 21317 bytes

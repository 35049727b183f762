stub: upstream file of 18969 bytes

stub: upstream file of 13279 bytes

stub: upstream file of 46282 bytes

stub: upstream file of 6282 bytes

stub: upstream file of 72063 bytes

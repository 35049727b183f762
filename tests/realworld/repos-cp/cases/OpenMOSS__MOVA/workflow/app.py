stub: upstream file of 46998 bytes

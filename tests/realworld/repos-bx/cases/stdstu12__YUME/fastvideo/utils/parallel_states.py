stub: upstream file of 1998 bytes

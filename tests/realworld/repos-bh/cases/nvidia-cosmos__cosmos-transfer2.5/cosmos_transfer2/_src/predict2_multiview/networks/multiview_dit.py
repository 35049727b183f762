stub: upstream file of 23998 bytes

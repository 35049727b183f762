stub: upstream file of 30993 bytes

stub: upstream file of 14993 bytes

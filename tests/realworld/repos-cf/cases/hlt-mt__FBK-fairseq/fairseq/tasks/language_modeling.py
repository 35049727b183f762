stub: upstream file of 11998 bytes

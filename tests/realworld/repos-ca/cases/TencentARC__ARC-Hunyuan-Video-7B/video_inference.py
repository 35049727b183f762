stub: upstream file of 8998 bytes

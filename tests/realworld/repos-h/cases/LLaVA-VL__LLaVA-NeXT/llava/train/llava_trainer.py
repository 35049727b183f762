stub: upstream file of 62998 bytes

stub: upstream file of 15998 bytes

stub: upstream file of 9998 bytes

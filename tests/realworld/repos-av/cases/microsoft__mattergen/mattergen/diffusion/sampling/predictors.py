stub: upstream file of 5992 bytes

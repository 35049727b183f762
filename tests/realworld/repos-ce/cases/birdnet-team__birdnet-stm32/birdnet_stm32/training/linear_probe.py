stub: upstream file of 7992 bytes

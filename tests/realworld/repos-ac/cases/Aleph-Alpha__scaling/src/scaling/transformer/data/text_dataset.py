stub: upstream file of 19995 bytes

stub: upstream file of 30992 bytes

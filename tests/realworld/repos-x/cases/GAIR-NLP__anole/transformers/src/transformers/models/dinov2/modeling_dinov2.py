stub: upstream file of 36214 bytes

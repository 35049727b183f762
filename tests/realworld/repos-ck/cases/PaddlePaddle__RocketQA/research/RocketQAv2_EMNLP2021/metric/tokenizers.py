stub: upstream file of 8194 bytes

stub: upstream file of 11171 bytes

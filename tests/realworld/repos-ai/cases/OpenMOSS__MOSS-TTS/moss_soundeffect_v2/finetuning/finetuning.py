stub: upstream file of 13623 bytes

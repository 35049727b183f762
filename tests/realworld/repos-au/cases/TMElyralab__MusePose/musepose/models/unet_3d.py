stub: upstream file of 28167 bytes

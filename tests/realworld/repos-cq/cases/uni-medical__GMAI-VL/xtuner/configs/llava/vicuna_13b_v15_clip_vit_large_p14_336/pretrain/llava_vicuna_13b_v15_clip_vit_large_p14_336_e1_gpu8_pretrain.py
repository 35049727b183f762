stub: upstream file of 7187 bytes

stub: upstream file of 6949 bytes

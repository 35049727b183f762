stub: upstream file of 76951 bytes

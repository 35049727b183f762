stub: upstream file of 11027 bytes

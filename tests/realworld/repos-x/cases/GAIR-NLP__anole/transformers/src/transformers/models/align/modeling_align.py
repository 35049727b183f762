stub: upstream file of 71885 bytes

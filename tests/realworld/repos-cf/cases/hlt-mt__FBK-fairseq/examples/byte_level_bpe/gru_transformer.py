stub: upstream file of 5027 bytes

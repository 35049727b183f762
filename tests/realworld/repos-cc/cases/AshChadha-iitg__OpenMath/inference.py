stub: upstream file of 2027 bytes

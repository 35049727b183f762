stub: upstream file of 11221 bytes

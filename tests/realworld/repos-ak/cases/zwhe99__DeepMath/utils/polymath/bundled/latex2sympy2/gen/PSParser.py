stub: upstream file of 244090 bytes

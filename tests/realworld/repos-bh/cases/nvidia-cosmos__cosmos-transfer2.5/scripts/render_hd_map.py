stub: upstream file of 23110 bytes

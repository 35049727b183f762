stub: upstream file of 15896 bytes

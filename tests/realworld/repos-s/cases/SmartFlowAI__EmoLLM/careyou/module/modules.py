stub: upstream file of 29091 bytes

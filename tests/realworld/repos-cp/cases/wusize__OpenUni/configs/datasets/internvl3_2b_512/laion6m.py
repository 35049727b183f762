stub: upstream file of 1055 bytes

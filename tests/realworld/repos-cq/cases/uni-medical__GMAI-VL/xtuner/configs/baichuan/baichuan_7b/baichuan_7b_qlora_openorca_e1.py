stub: upstream file of 7055 bytes

stub: upstream file of 35055 bytes

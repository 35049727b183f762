stub: upstream file of 23055 bytes

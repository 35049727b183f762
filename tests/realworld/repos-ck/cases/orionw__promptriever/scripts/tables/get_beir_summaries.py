stub: upstream file of 3730 bytes

stub: upstream file of 13452 bytes

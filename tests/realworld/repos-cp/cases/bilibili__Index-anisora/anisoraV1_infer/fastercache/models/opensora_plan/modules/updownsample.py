stub: upstream file of 7452 bytes

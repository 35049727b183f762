stub: upstream file of 10081 bytes

stub: upstream file of 30081 bytes

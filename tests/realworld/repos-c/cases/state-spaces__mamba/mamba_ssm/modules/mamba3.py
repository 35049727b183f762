stub: upstream file of 20953 bytes

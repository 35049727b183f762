stub: upstream file of 19783 bytes

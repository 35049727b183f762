stub: upstream file of 45072 bytes

stub: upstream file of 21456 bytes

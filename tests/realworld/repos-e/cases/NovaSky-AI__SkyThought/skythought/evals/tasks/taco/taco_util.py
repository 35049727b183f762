stub: upstream file of 23546 bytes

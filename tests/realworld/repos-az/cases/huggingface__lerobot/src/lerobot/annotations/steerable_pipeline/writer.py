stub: upstream file of 13877 bytes

stub: upstream file of 22963 bytes

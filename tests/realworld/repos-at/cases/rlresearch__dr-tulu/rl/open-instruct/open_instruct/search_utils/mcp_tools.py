stub: upstream file of 9880 bytes

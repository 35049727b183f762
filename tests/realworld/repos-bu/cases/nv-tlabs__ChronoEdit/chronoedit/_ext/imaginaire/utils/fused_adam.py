stub: upstream file of 17313 bytes

stub: upstream file of 29559 bytes

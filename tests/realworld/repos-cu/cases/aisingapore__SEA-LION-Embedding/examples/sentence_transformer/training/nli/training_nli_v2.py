stub: upstream file of 5022 bytes

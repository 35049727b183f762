stub: upstream file of 17440 bytes

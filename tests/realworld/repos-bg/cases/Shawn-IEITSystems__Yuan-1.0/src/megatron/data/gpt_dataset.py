stub: upstream file of 18703 bytes

stub: upstream file of 10876 bytes

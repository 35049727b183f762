stub: upstream file of 21760 bytes

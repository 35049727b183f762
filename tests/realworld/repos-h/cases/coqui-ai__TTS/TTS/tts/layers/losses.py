stub: upstream file of 35611 bytes

stub: upstream file of 31019 bytes

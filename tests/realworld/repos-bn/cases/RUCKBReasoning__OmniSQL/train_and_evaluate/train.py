stub: upstream file of 10017 bytes

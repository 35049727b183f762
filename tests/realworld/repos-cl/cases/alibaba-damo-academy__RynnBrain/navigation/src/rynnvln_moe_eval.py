stub: upstream file of 30984 bytes

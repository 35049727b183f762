stub: upstream file of 7901 bytes

stub: upstream file of 17231 bytes

stub: upstream file of 9170 bytes

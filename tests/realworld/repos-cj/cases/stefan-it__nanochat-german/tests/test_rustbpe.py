stub: upstream file of 26459 bytes

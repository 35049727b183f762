stub: upstream file of 554894 bytes

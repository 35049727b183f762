stub: upstream file of 11720 bytes

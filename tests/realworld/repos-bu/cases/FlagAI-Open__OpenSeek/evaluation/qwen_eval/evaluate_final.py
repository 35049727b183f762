stub: upstream file of 10771 bytes

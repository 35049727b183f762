stub: upstream file of 917 bytes

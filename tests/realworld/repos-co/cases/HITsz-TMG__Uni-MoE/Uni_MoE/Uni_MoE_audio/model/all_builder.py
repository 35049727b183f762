stub: upstream file of 9143 bytes

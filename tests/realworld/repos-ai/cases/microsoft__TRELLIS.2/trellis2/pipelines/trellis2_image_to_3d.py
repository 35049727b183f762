stub: upstream file of 24143 bytes

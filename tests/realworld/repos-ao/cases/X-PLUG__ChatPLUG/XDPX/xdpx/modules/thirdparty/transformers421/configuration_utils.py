stub: upstream file of 32143 bytes

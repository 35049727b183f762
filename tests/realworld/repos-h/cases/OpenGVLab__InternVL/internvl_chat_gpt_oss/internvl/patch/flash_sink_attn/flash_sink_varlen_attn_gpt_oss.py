stub: upstream file of 15085 bytes

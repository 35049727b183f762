stub: upstream file of 1085 bytes

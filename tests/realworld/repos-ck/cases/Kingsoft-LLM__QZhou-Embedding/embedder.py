stub: upstream file of 8085 bytes

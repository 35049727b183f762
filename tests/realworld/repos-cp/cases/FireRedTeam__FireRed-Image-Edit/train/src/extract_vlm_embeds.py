stub: upstream file of 18657 bytes

stub: upstream file of 58702 bytes

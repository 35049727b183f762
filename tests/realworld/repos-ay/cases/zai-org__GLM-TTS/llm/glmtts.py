stub: upstream file of 11178 bytes

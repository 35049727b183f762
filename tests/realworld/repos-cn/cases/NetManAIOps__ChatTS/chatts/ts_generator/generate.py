stub: upstream file of 35105 bytes

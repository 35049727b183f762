stub: upstream file of 21179 bytes

stub: upstream file of 14151 bytes

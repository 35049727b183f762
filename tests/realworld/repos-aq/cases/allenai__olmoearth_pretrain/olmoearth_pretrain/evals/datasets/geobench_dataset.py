stub: upstream file of 14095 bytes

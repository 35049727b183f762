stub: upstream file of 7136 bytes

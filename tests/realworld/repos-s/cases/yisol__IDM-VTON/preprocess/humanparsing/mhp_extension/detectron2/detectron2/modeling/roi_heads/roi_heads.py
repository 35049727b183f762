stub: upstream file of 35262 bytes

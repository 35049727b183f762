stub: upstream file of 20339 bytes

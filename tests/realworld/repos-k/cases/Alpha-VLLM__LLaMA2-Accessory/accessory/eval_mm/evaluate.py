stub: upstream file of 15885 bytes

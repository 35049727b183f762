stub: upstream file of 11046 bytes

stub: upstream file of 20624 bytes

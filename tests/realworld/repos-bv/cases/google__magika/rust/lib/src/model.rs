stub: upstream file of 20195 bytes

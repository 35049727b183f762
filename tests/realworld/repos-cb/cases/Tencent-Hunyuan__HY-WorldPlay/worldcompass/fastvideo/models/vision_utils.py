stub: upstream file of 10220 bytes

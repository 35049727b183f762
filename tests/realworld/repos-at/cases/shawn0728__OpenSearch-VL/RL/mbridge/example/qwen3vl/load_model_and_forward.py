stub: upstream file of 15151 bytes

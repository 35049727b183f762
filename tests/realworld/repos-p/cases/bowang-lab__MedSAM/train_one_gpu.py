stub: upstream file of 13149 bytes

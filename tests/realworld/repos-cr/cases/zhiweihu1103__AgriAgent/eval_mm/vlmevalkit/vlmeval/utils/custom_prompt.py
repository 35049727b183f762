stub: upstream file of 1151 bytes

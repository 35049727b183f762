stub: upstream file of 37695 bytes

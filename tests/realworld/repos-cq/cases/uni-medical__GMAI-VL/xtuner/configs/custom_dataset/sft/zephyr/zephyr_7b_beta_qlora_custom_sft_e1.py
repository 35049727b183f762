stub: upstream file of 7450 bytes

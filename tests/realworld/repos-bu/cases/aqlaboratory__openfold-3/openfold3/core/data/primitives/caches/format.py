stub: upstream file of 35358 bytes

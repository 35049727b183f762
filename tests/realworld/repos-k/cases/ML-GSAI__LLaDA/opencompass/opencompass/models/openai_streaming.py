stub: upstream file of 13680 bytes

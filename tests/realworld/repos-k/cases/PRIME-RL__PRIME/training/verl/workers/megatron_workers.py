stub: upstream file of 36066 bytes

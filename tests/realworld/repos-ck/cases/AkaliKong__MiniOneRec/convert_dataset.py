stub: upstream file of 11160 bytes

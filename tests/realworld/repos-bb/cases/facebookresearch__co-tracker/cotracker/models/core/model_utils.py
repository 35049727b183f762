stub: upstream file of 14150 bytes

stub: upstream file of 13923 bytes

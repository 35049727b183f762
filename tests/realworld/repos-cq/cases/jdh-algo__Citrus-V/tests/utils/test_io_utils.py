stub: upstream file of 1184 bytes

stub: upstream file of 41013 bytes

stub: upstream file of 13995 bytes

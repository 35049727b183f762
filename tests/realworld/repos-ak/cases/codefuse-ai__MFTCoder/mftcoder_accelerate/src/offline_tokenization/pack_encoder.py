stub: upstream file of 13144 bytes

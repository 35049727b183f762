stub: upstream file of 13541 bytes

stub: upstream file of 43541 bytes

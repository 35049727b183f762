stub: upstream file of 17541 bytes

stub: upstream file of 34541 bytes

stub: upstream file of 9541 bytes

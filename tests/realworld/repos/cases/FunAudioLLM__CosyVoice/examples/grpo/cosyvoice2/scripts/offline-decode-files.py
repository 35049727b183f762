stub: upstream file of 23541 bytes

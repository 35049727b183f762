stub: upstream file of 30726 bytes

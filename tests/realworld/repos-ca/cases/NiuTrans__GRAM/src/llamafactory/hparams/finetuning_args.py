stub: upstream file of 19541 bytes

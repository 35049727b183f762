stub: upstream file of 36541 bytes

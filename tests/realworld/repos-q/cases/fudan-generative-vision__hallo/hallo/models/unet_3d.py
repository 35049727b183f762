stub: upstream file of 37102 bytes

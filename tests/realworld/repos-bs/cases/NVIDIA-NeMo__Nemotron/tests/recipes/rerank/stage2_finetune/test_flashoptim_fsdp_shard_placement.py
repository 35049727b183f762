stub: upstream file of 3014 bytes

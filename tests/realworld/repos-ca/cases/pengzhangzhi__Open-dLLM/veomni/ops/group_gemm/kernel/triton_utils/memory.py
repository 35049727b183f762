stub: upstream file of 3190 bytes

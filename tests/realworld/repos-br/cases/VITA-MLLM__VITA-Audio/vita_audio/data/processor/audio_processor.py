stub: upstream file of 9161 bytes

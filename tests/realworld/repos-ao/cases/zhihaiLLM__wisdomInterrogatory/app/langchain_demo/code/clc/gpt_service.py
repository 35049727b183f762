stub: upstream file of 6952 bytes

stub: upstream file of 38845 bytes

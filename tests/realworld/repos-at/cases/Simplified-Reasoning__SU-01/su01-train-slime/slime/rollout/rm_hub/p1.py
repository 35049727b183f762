stub: upstream file of 50510 bytes

stub: upstream file of 9160 bytes

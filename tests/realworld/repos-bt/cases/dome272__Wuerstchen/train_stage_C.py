stub: upstream file of 18034 bytes

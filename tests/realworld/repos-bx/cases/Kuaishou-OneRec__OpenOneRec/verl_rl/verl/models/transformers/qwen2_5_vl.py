stub: upstream file of 11893 bytes

stub: upstream file of 20893 bytes

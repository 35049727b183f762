stub: upstream file of 90845 bytes

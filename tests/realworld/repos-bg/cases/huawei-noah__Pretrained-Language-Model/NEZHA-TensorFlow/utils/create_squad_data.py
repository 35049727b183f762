stub: upstream file of 20919 bytes

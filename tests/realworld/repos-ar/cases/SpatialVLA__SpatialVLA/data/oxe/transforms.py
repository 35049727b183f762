stub: upstream file of 38526 bytes

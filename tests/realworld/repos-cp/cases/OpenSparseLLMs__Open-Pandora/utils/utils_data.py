stub: upstream file of 5360 bytes

stub: upstream file of 33591 bytes

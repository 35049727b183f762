stub: upstream file of 15592 bytes

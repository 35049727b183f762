stub: upstream file of 17622 bytes

stub: upstream file of 35562 bytes

stub: upstream file of 30946 bytes

stub: upstream file of 15559 bytes

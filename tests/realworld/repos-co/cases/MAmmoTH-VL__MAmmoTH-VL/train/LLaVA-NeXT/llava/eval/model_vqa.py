stub: upstream file of 10465 bytes

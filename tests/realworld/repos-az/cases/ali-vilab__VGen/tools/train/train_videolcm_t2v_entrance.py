stub: upstream file of 33669 bytes

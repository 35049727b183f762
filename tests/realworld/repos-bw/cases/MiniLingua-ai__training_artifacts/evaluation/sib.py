stub: upstream file of 9346 bytes

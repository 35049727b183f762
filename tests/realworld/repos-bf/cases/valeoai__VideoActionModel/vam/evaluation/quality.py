stub: upstream file of 13592 bytes

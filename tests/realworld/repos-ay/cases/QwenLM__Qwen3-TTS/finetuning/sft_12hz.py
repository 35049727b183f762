stub: upstream file of 6885 bytes

stub: upstream file of 885 bytes

stub: upstream file of 10888 bytes

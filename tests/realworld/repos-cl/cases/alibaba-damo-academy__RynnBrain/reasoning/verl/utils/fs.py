stub: upstream file of 10942 bytes

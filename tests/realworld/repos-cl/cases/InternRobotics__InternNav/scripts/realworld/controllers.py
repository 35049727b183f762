stub: upstream file of 8028 bytes

stub: upstream file of 6032 bytes

stub: upstream file of 16330 bytes

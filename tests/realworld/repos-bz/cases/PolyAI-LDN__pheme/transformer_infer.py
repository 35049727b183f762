stub: upstream file of 9270 bytes

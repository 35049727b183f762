stub: upstream file of 22671 bytes

stub: upstream file of 9846 bytes

stub: upstream file of 8897 bytes

stub: upstream file of 26488 bytes

stub: upstream file of 9074 bytes

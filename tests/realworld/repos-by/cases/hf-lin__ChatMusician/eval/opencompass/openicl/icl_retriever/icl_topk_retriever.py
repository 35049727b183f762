stub: upstream file of 8127 bytes

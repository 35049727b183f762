stub: upstream file of 7059 bytes

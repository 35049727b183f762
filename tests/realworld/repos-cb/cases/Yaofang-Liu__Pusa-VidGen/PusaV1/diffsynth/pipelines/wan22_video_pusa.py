stub: upstream file of 33741 bytes

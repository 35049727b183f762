stub: upstream file of 57600 bytes

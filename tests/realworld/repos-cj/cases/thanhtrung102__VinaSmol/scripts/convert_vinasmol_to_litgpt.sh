stub: upstream file of 666 bytes

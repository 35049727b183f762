stub: upstream file of 66132 bytes

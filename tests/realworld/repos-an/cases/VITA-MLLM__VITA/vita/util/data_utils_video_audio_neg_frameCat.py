stub: upstream file of 54439 bytes

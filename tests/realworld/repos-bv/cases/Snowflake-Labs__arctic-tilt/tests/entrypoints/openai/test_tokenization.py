stub: upstream file of 5702 bytes

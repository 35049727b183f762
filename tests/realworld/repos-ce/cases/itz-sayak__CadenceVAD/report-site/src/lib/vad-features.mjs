stub: upstream file of 7702 bytes

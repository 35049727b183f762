stub: upstream file of 16634 bytes

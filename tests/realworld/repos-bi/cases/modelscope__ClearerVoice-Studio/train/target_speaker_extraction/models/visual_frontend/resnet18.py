stub: upstream file of 6702 bytes

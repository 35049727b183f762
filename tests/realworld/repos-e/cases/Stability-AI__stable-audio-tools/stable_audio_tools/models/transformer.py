stub: upstream file of 31702 bytes

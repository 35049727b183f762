stub: upstream file of 3733 bytes

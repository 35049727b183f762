stub: upstream file of 15658 bytes

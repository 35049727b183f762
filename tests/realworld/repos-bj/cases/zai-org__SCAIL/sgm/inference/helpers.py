stub: upstream file of 10658 bytes

stub: upstream file of 8779 bytes

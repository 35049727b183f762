stub: upstream file of 41690 bytes

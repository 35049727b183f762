stub: upstream file of 36829 bytes

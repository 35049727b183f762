stub: upstream file of 18118 bytes

stub: upstream file of 22802 bytes

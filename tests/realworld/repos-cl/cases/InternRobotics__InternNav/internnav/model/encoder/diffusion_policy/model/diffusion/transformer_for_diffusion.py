stub: upstream file of 14999 bytes

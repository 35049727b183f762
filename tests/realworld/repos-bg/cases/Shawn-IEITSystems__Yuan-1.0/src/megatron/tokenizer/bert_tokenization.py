stub: upstream file of 14640 bytes

stub: upstream file of 9642 bytes

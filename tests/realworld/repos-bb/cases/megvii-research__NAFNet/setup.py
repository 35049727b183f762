stub: upstream file of 5779 bytes

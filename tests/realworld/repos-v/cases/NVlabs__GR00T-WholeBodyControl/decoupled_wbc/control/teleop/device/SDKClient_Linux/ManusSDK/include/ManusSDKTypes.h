stub: upstream file of 57677 bytes

stub: upstream file of 9677 bytes

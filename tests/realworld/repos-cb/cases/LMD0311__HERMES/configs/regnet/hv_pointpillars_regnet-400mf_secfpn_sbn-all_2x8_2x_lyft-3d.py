stub: upstream file of 1677 bytes

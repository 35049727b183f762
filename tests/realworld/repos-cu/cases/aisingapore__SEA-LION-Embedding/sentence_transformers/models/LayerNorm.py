stub: upstream file of 1631 bytes

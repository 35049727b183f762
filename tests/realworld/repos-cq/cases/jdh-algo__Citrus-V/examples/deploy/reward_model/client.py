stub: upstream file of 626 bytes

stub: upstream file of 1590 bytes

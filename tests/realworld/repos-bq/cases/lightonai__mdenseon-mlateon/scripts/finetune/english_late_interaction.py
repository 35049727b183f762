stub: upstream file of 12664 bytes

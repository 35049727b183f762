stub: upstream file of 701 bytes

stub: upstream file of 27525 bytes

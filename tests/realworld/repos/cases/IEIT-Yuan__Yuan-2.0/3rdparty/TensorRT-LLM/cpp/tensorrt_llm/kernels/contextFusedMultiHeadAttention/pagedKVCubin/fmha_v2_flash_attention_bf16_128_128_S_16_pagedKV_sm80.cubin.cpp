stub: upstream file of 848579 bytes

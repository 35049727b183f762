stub: upstream file of 27622 bytes

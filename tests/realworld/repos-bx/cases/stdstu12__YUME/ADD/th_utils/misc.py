stub: upstream file of 11692 bytes

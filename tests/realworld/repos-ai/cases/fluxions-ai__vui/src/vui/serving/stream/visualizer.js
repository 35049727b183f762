stub: upstream file of 17789 bytes

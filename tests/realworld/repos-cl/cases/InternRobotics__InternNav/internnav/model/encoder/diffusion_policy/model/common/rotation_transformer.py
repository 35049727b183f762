stub: upstream file of 3250 bytes

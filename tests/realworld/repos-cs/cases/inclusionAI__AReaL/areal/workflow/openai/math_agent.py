stub: upstream file of 5622 bytes

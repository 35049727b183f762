stub: upstream file of 19960 bytes

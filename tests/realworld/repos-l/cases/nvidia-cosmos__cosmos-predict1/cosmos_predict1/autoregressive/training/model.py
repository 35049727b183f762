stub: upstream file of 57919 bytes

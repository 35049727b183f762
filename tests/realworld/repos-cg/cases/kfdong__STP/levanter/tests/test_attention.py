stub: upstream file of 6622 bytes

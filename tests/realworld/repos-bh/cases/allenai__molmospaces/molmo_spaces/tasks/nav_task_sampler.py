stub: upstream file of 18766 bytes

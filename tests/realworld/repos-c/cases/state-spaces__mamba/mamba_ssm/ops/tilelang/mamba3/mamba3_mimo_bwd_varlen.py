stub: upstream file of 92594 bytes

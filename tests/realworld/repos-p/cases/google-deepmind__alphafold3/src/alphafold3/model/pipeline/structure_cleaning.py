stub: upstream file of 12683 bytes

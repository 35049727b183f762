stub: upstream file of 7708 bytes

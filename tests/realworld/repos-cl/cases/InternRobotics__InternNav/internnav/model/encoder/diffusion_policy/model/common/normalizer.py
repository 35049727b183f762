stub: upstream file of 11901 bytes

stub: upstream file of 40754 bytes

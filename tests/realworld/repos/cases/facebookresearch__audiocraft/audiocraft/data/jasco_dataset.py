stub: upstream file of 13594 bytes

stub: upstream file of 59218 bytes

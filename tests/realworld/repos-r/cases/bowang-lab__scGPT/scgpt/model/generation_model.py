stub: upstream file of 19594 bytes

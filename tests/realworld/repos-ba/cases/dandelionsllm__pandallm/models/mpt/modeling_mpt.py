stub: upstream file of 20130 bytes

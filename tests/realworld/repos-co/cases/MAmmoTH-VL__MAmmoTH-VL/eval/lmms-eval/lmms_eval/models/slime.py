stub: upstream file of 21313 bytes

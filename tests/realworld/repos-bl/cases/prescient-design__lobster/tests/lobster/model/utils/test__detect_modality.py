stub: upstream file of 6447 bytes

stub: upstream file of 8447 bytes

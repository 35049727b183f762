stub: upstream file of 17527 bytes

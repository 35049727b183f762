stub: upstream file of 10447 bytes

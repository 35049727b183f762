stub: upstream file of 447 bytes

stub: upstream file of 27090 bytes

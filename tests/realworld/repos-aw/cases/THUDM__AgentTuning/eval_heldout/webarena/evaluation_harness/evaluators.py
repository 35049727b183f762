stub: upstream file of 12223 bytes

stub: upstream file of 19614 bytes

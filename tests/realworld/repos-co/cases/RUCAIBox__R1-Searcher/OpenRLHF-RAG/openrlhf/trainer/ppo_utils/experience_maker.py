stub: upstream file of 59287 bytes

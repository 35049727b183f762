stub: upstream file of 40569 bytes

stub: upstream file of 19310 bytes

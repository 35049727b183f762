stub: upstream file of 21772 bytes

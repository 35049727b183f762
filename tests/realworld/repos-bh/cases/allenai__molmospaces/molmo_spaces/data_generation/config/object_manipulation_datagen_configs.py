stub: upstream file of 37109 bytes

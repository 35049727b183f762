stub: upstream file of 11109 bytes

stub: upstream file of 14545 bytes

stub: upstream file of 13817 bytes

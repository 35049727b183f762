stub: upstream file of 13642 bytes

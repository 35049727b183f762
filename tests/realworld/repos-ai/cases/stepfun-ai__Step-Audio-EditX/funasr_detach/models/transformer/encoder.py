stub: upstream file of 13106 bytes

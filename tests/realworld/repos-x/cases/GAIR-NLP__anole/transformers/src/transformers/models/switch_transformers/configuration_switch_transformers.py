stub: upstream file of 9005 bytes

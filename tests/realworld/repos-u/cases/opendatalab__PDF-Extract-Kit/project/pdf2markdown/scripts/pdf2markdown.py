stub: upstream file of 15655 bytes

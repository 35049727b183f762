stub: upstream file of 31723 bytes

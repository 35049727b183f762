stub: upstream file of 9959 bytes

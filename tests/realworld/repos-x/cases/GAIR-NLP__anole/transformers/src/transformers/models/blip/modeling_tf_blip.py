stub: upstream file of 71314 bytes

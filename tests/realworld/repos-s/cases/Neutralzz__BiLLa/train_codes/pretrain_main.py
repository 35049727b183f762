stub: upstream file of 12777 bytes

stub: upstream file of 2569 bytes

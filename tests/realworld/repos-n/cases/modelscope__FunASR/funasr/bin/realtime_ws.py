stub: upstream file of 51825 bytes

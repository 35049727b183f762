stub: upstream file of 457825 bytes

stub: upstream file of 25823 bytes

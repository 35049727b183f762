stub: upstream file of 6867 bytes

stub: upstream file of 20950 bytes

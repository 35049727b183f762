stub: upstream file of 14723 bytes

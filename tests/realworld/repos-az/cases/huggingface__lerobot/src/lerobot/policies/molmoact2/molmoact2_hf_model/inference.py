stub: upstream file of 26648 bytes

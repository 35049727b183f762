stub: upstream file of 35648 bytes

stub: upstream file of 8648 bytes

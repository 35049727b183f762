stub: upstream file of 9648 bytes

stub: upstream file of 16735 bytes

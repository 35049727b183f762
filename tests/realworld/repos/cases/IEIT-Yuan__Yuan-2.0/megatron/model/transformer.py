stub: upstream file of 81027 bytes

stub: upstream file of 23698 bytes

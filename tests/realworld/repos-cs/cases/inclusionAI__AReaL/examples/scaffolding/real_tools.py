stub: upstream file of 5577 bytes

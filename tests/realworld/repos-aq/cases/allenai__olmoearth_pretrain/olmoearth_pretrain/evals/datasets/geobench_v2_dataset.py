stub: upstream file of 21190 bytes

stub: upstream file of 10565 bytes

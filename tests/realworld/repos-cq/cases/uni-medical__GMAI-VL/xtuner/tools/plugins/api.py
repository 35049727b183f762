stub: upstream file of 1455 bytes

stub: upstream file of 5357 bytes

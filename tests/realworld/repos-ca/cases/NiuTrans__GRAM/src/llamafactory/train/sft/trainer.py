stub: upstream file of 9357 bytes

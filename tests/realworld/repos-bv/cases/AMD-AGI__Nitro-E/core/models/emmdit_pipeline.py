stub: upstream file of 39520 bytes

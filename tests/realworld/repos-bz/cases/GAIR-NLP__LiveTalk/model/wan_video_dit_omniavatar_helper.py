stub: upstream file of 8089 bytes

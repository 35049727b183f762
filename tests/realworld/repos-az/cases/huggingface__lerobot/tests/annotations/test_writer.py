stub: upstream file of 16553 bytes

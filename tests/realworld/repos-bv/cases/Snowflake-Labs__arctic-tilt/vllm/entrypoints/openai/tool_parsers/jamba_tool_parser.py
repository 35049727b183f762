stub: upstream file of 13553 bytes

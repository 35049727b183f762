stub: upstream file of 4701 bytes

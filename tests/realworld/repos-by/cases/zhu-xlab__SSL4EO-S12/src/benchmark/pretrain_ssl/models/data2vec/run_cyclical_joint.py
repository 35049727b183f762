stub: upstream file of 21342 bytes

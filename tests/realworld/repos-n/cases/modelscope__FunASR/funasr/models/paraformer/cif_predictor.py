stub: upstream file of 36014 bytes

stub: upstream file of 40488 bytes

stub: upstream file of 21074 bytes

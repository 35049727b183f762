stub: upstream file of 13931 bytes

stub: upstream file of 27397 bytes

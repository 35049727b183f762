stub: upstream file of 27736 bytes

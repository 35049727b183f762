stub: upstream file of 15642 bytes

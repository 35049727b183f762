stub: upstream file of 22736 bytes

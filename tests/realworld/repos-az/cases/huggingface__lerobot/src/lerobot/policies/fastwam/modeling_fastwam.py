stub: upstream file of 20642 bytes

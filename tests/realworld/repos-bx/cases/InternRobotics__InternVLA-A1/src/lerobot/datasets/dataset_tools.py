stub: upstream file of 41682 bytes

stub: upstream file of 22846 bytes

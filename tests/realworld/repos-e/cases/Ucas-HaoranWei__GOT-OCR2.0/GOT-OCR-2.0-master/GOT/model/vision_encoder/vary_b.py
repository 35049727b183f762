stub: upstream file of 18874 bytes

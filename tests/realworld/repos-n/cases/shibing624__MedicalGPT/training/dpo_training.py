stub: upstream file of 27375 bytes

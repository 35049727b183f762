stub: upstream file of 27860 bytes

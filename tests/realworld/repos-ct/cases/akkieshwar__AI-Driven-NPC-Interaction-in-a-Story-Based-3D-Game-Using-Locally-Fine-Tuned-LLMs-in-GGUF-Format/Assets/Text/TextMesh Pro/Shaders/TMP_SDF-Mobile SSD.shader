stub: upstream file of 3071 bytes

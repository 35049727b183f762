stub: upstream file of 18558 bytes

stub: upstream file of 27559 bytes

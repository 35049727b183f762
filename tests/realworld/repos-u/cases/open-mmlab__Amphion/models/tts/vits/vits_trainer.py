stub: upstream file of 15473 bytes

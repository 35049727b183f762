stub: upstream file of 47584 bytes

stub: upstream file of 2675 bytes

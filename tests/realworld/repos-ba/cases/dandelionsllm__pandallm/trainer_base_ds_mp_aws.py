stub: upstream file of 20178 bytes

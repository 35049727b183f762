stub: upstream file of 28213 bytes

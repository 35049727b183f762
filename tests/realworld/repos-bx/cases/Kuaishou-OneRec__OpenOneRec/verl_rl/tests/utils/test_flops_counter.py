stub: upstream file of 10441 bytes

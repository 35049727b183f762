stub: upstream file of 2472 bytes

stub: upstream file of 20336 bytes

stub: upstream file of 10387 bytes

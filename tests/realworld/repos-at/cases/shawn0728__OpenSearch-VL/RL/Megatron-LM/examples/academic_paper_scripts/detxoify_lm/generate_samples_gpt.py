stub: upstream file of 10472 bytes

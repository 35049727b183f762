stub: upstream file of 10523 bytes

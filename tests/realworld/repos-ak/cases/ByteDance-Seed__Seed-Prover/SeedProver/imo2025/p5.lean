stub: upstream file of 39454 bytes

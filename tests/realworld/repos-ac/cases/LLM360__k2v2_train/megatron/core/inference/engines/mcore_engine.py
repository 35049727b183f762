stub: upstream file of 9513 bytes

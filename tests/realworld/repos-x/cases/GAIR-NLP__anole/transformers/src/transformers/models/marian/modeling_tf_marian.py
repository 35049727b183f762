stub: upstream file of 72680 bytes

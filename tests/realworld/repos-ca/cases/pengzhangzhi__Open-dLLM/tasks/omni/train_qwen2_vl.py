stub: upstream file of 19203 bytes

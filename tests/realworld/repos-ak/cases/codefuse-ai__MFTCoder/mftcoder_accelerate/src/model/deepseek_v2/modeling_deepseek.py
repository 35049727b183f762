stub: upstream file of 79198 bytes

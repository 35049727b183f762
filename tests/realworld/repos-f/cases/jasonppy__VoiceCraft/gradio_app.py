stub: upstream file of 33638 bytes

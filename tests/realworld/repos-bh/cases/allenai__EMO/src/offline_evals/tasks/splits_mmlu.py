stub: upstream file of 26387 bytes

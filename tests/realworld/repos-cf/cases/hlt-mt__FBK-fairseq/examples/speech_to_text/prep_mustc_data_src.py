stub: upstream file of 10846 bytes

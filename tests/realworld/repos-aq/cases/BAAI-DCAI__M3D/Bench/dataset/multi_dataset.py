stub: upstream file of 42843 bytes

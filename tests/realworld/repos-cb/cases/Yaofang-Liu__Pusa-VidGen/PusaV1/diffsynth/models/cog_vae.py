stub: upstream file of 23126 bytes

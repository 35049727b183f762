stub: upstream file of 15390 bytes

stub: upstream file of 58089 bytes

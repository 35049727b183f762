stub: upstream file of 25089 bytes

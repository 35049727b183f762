stub: upstream file of 4089 bytes

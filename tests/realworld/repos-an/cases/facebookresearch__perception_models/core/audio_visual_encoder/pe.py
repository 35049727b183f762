stub: upstream file of 24089 bytes

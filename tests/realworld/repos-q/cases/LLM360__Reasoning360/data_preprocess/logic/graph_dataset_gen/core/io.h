stub: upstream file of 57089 bytes

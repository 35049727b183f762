stub: upstream file of 55596 bytes

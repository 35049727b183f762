stub: upstream file of 15589 bytes

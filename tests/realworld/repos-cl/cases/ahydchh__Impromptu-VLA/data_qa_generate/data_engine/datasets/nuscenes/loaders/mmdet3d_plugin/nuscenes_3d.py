stub: upstream file of 589 bytes

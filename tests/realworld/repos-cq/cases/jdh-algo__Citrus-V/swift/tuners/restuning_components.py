stub: upstream file of 12682 bytes

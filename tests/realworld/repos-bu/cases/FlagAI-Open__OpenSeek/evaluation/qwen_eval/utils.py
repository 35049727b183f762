stub: upstream file of 12584 bytes

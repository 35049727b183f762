stub: upstream file of 6657 bytes

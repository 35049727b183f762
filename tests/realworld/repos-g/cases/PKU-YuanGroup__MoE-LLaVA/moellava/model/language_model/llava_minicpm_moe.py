stub: upstream file of 24789 bytes

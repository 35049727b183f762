stub: upstream file of 34702 bytes

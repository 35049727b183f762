stub: upstream file of 34595 bytes

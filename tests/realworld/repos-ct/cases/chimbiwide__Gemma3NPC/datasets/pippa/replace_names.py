stub: upstream file of 4219 bytes

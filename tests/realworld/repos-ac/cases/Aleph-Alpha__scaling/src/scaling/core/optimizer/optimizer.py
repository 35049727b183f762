stub: upstream file of 33874 bytes

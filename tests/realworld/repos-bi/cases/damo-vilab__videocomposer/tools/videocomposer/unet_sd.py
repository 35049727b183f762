stub: upstream file of 77723 bytes

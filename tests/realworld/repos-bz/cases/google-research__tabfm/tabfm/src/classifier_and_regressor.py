stub: upstream file of 116547 bytes

stub: upstream file of 60765 bytes

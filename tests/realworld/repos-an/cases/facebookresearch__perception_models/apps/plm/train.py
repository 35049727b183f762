stub: upstream file of 23729 bytes

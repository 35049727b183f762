stub: upstream file of 4905 bytes

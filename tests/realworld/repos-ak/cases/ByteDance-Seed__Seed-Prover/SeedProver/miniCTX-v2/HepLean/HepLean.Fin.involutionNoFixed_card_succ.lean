stub: upstream file of 23858 bytes

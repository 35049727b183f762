stub: upstream file of 33905 bytes

stub: upstream file of 2905 bytes

stub: upstream file of 3985 bytes

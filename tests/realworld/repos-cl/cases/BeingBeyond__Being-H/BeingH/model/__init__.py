stub: upstream file of 985 bytes

stub: upstream file of 42935 bytes

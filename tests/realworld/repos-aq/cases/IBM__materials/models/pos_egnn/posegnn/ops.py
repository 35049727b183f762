stub: upstream file of 52772 bytes

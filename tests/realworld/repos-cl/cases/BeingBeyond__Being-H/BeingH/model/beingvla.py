stub: upstream file of 52807 bytes

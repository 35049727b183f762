stub: upstream file of 47024 bytes

stub: upstream file of 22538 bytes

stub: upstream file of 33985 bytes

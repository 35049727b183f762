stub: upstream file of 35419 bytes

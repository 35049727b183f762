stub: upstream file of 19402 bytes

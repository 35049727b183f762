stub: upstream file of 10772 bytes

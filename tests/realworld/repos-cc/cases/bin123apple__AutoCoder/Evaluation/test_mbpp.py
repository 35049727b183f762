stub: upstream file of 1724 bytes

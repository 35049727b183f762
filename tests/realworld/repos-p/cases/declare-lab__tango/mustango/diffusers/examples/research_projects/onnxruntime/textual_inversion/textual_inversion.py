stub: upstream file of 33834 bytes

stub: upstream file of 7966 bytes

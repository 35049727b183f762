stub: upstream file of 23514 bytes

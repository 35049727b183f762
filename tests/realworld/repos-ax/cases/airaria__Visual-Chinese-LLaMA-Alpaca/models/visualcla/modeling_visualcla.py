stub: upstream file of 18494 bytes

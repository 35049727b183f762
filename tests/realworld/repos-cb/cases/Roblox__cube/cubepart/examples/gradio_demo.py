stub: upstream file of 32494 bytes

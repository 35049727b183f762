stub: upstream file of 23601 bytes

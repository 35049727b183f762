stub: upstream file of 7456 bytes

stub: upstream file of 8428 bytes

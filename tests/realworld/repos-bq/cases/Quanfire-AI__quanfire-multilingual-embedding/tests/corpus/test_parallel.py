stub: upstream file of 6512 bytes

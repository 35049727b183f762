stub: upstream file of 29672 bytes

stub: upstream file of 39563 bytes

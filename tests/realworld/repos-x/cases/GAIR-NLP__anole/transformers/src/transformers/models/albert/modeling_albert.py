stub: upstream file of 60668 bytes

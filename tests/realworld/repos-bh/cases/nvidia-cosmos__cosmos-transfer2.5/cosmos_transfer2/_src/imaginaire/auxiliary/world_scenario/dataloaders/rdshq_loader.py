stub: upstream file of 46382 bytes

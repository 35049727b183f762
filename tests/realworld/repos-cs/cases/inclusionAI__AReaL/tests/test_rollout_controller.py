stub: upstream file of 43526 bytes

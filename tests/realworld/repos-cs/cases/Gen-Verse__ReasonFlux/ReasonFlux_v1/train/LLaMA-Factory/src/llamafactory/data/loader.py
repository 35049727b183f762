stub: upstream file of 12313 bytes

stub: upstream file of 8329 bytes

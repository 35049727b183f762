stub: upstream file of 12695 bytes

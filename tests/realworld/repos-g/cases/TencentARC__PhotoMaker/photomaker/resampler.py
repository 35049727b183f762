stub: upstream file of 6246 bytes

stub: upstream file of 12829 bytes

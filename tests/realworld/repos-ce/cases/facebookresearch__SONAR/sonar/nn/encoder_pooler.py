stub: upstream file of 2952 bytes

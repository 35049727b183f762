stub: upstream file of 20176 bytes

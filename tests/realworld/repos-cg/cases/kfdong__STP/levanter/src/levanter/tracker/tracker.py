stub: upstream file of 3635 bytes

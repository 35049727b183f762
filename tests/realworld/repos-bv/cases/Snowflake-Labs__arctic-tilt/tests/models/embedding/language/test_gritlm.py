stub: upstream file of 8646 bytes

stub: upstream file of 12528 bytes

stub: upstream file of 8671 bytes

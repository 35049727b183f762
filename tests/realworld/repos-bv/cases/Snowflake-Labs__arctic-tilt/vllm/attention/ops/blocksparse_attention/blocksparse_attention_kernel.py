stub: upstream file of 11535 bytes

stub: upstream file of 11416 bytes

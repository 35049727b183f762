stub: upstream file of 12023 bytes

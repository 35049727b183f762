stub: upstream file of 45383 bytes

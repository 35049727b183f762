stub: upstream file of 8653 bytes

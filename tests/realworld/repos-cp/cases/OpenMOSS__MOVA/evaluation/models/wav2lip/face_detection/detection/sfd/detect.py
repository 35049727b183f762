stub: upstream file of 3769 bytes

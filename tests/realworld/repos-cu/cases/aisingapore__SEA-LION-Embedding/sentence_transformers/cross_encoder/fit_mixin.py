stub: upstream file of 24799 bytes

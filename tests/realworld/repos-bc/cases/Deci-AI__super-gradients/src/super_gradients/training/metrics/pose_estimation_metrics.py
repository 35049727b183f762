stub: upstream file of 19868 bytes

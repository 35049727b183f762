stub: upstream file of 6868 bytes

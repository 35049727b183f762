stub: upstream file of 31868 bytes

stub: upstream file of 24233 bytes

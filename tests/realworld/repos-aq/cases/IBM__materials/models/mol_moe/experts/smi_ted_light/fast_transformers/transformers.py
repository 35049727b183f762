stub: upstream file of 12868 bytes

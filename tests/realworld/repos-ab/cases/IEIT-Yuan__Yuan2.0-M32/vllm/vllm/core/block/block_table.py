stub: upstream file of 11868 bytes

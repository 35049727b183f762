stub: upstream file of 40868 bytes

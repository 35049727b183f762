stub: upstream file of 14868 bytes

stub: upstream file of 15868 bytes

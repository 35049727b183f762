stub: upstream file of 5868 bytes

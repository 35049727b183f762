stub: upstream file of 36868 bytes

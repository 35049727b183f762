stub: upstream file of 43868 bytes

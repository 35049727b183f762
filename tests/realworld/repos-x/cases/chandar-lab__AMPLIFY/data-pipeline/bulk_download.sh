stub: upstream file of 31233 bytes

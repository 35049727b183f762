stub: upstream file of 9868 bytes

stub: upstream file of 10868 bytes

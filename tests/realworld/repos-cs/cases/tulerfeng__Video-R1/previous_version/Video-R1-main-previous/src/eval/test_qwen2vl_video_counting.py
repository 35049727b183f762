stub: upstream file of 3868 bytes

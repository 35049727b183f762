stub: upstream file of 26868 bytes

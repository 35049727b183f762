stub: upstream file of 24557 bytes

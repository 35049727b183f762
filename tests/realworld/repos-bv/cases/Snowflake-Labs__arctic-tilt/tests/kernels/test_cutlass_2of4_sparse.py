stub: upstream file of 9633 bytes

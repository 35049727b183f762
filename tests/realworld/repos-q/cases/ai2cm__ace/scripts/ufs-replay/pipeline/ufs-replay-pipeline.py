stub: upstream file of 45925 bytes

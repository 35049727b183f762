stub: upstream file of 24921 bytes

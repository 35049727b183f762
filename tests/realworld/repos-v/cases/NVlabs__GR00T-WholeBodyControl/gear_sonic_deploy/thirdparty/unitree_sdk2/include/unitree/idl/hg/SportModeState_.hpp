stub: upstream file of 13727 bytes

stub: upstream file of 306297 bytes

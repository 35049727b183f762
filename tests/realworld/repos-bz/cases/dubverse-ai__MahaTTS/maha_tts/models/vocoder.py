stub: upstream file of 11500 bytes

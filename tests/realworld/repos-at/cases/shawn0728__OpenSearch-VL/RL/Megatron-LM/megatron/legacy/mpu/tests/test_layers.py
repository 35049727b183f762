stub: upstream file of 19259 bytes

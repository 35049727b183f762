stub: upstream file of 5297 bytes

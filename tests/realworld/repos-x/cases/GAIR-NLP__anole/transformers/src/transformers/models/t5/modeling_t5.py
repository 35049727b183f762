stub: upstream file of 108562 bytes

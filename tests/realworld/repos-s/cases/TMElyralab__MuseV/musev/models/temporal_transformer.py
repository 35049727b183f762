stub: upstream file of 13230 bytes

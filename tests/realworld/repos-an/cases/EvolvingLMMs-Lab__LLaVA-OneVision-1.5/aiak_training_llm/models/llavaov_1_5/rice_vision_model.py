stub: upstream file of 15380 bytes

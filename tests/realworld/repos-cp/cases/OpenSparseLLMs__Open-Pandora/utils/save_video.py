stub: upstream file of 8680 bytes

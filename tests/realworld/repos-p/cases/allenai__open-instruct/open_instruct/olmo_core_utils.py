stub: upstream file of 30698 bytes

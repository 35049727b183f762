stub: upstream file of 61494 bytes

stub: upstream file of 24053 bytes

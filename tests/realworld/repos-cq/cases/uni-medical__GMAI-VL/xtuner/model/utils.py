stub: upstream file of 12316 bytes

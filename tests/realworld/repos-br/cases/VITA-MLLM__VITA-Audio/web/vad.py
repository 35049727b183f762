stub: upstream file of 7451 bytes

stub: upstream file of 12083 bytes

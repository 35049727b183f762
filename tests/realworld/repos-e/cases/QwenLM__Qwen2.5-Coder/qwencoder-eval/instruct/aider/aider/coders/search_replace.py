stub: upstream file of 20030 bytes

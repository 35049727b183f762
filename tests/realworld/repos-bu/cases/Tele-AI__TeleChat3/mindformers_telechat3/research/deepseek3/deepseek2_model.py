stub: upstream file of 96086 bytes

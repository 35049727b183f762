stub: upstream file of 14059 bytes

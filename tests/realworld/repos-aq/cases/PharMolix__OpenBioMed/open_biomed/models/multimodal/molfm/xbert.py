stub: upstream file of 82129 bytes

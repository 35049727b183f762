stub: upstream file of 4647 bytes

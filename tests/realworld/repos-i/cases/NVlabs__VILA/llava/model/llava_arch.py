stub: upstream file of 82556 bytes

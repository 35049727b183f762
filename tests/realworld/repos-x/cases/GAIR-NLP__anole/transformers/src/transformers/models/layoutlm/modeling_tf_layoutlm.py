stub: upstream file of 73116 bytes

stub: upstream file of 8143 bytes

stub: upstream file of 15769 bytes

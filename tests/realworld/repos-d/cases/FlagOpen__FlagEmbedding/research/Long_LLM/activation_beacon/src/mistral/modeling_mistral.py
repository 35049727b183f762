stub: upstream file of 62769 bytes

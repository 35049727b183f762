stub: upstream file of 769 bytes

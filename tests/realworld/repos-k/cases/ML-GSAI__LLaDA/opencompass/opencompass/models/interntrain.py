stub: upstream file of 20769 bytes
